package org.tessera.crm.communication.control;

/**
 * A message gateway could not be reached, was too slow or refused the message; the message names
 * the HTTP status and the start of the gateway's answer where there was one.
 */
public class GatewayFailed extends RuntimeException {

  public GatewayFailed(String message) {
    super(message);
  }

  public GatewayFailed(String message, Throwable cause) {
    super(message, cause);
  }
}
