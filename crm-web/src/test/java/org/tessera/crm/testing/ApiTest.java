package org.tessera.crm.testing;

import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.ExtendWith;

/** A REST API test from outside the server; subclasses declare the deployment. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class ApiTest {

  @ArquillianResource protected URL deployment;

  protected Api admin() {
    return Api.as(deployment, "admin");
  }

  protected Api as(String login) {
    return Api.as(deployment, login);
  }
}
