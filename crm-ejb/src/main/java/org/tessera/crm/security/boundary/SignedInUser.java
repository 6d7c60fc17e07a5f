package org.tessera.crm.security.boundary;

import jakarta.transaction.TransactionScoped;
import java.io.Serializable;

/**
 * The id of the signed-in user, looked up by login once per transaction; after that the user is
 * found by id in the transaction's persistence context, without asking the database again.
 */
@TransactionScoped
public class SignedInUser implements Serializable {

  private static final long serialVersionUID = 1L;

  private String login;
  private Long id;

  Long idOf(String caller) {
    return caller.equals(login) ? id : null;
  }

  void remember(String caller, long userId) {
    login = caller;
    id = userId;
  }
}
