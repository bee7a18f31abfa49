// Vigie workspace pages: htmx requests carry the CSRF token as a header (Spring Security's X-CSRF-TOKEN),
// taken from the hidden _csrf field that every form of the page has.
document.addEventListener('htmx:configRequest', function (event) {
  var field = document.querySelector('input[name="_csrf"]');
  if (field) {
    event.detail.headers['X-CSRF-TOKEN'] = field.value;
  }
});
