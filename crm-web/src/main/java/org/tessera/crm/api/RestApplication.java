package org.tessera.crm.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/**
 * The REST API. Payara describes it as an OpenAPI document at {@code /openapi} (from these
 * resources and their records), so clients can be generated or driven from it.
 */
@ApplicationPath(RestApplication.PATH)
@OpenAPIDefinition(
    info =
        @Info(
            title = "Tessera CRM",
            version = "1",
            description =
                "Items of every type, stages, fields and views, timeline, activities,"
                    + " communications, documents, relations and the Kanban board. Errors are"
                    + " RFC 9457 problem bodies."),
    security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "token")})
@SecuritySchemes({
  @SecurityScheme(
      securitySchemeName = "basic",
      type = SecuritySchemeType.HTTP,
      scheme = "basic",
      description = "Login and password"),
  @SecurityScheme(
      securitySchemeName = "token",
      type = SecuritySchemeType.HTTP,
      scheme = "bearer",
      description = "A personal API token from POST /users/me/api-tokens")
})
public class RestApplication extends Application {

  public static final String PATH = "api/v1";
}
