package se.stockholm.vfu.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JSON API at /api. Every resource needs a signed-in user (HTTP Basic or the portal's session)
 * except /api/health; each answers with the caller's scope applied by the services. The OpenAPI
 * document is served at /openapi.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "VFU-portalen API", version = "1",
                description = "Field placements (VFU) for social-work students in the City of Stockholm.",
                license = @License(name = "EUPL-1.2")),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {
}
