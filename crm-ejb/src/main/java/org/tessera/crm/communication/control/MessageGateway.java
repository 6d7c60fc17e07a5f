package org.tessera.crm.communication.control;

/** A provider that delivers SMS or WhatsApp messages. */
public interface MessageGateway {

  /**
   * @return the provider's id of the message, or an empty string where it gives none
   * @throws GatewayFailed when the provider cannot be reached, is too slow or refuses the message
   */
  String send(OutgoingMessage message);
}
