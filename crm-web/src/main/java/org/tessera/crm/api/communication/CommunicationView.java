package org.tessera.crm.api.communication;

import java.time.OffsetDateTime;
import org.tessera.crm.communication.entity.Communication;
import org.tessera.crm.communication.entity.CommunicationChannel;
import org.tessera.crm.communication.entity.CommunicationStatus;
import org.tessera.crm.communication.entity.Direction;

/**
 * A call, e-mail or message as the API shows it. {@code counterpart} is the client's address or
 * number; {@code waiting} tells an incoming one no one answered yet; {@code failure} says why the
 * CRM could not send a failed one.
 */
public record CommunicationView(
    long id,
    long itemId,
    CommunicationChannel channel,
    Direction direction,
    CommunicationStatus status,
    Long employeeId,
    String employeeName,
    String counterpart,
    String subject,
    String body,
    Integer durationSeconds,
    String outcome,
    String failure,
    String externalId,
    OffsetDateTime occurredAt,
    OffsetDateTime answeredAt,
    boolean waiting,
    long version) {

  public static CommunicationView of(Communication communication) {
    return new CommunicationView(
        communication.getId(),
        communication.getItemId(),
        communication.getChannel(),
        communication.getDirection(),
        communication.getStatus(),
        communication.getEmployee() == null ? null : communication.getEmployee().getId(),
        communication.getEmployee() == null ? null : communication.getEmployee().getFullName(),
        communication.getCounterpart(),
        communication.getSubject(),
        communication.getBody(),
        communication.getDurationSeconds(),
        communication.getOutcome(),
        communication.getFailure(),
        communication.getExternalId(),
        communication.getOccurredAt(),
        communication.getAnsweredAt(),
        communication.isWaiting(),
        communication.getVersion());
  }
}
