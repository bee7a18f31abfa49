package fr.vigie.app.grievance;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the grievance mechanism ({@code vigie.grievance.*}).
 *
 * @param acknowledgeWithin  time allowed to acknowledge a case after it is received (deadline shown to handlers)
 * @param reportsPerClient   reports a client may send in a burst
 * @param reportRefill       time after which a client may send one more report
 * @param followsPerClient   follow-up requests (reading a case, sending a message) a client may make in a burst
 * @param followRefill       time after which a client may make one more follow-up request
 * @param maxAttachmentSize  largest attachment
 * @param maxAttachments     most attachments per report
 */
@ConfigurationProperties("vigie.grievance")
record GrievanceProperties(@DefaultValue("7d") Duration acknowledgeWithin, @DefaultValue("5") int reportsPerClient,
        @DefaultValue("10m") Duration reportRefill, @DefaultValue("30") int followsPerClient,
        @DefaultValue("1m") Duration followRefill, @DefaultValue("5MB") DataSize maxAttachmentSize,
        @DefaultValue("3") int maxAttachments) {
}
