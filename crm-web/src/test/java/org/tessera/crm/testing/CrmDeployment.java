package org.tessera.crm.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build produced, exactly as it ships, for the container tests to deploy. */
public final class CrmDeployment {

  private CrmDeployment() {}

  public static WebArchive builtWar() {
    File war = new File(System.getProperty("crm.war", "target/crm.war"));
    if (!war.isFile()) {
      throw new IllegalStateException(war + " is missing: run the tests with mvn verify");
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }
}
