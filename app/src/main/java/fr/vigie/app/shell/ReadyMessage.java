package fr.vigie.app.shell;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Logs where to open Vigie once it is ready to serve. */
@Component
class ReadyMessage {

    private static final Log logger = LogFactory.getLog(ReadyMessage.class);

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            logger.info("Vigie is ready: open http://localhost:%d/".formatted(web.getWebServer().getPort()));
        }
    }
}
