-- METRICS: a user that may only read /actuator/prometheus (a monitoring system's account).
alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check check (role in ('ADMIN', 'ANALYST', 'VIEWER', 'METRICS'));
