package org.tessera.crm.communication.boundary;

import java.util.List;

/** The phone numbers and e-mail addresses an item's client is reached at, the first preferred. */
public record ClientAddresses(List<String> phones, List<String> emails) {}
