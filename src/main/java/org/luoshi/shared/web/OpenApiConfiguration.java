package org.luoshi.shared.web;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.properties.SpringDocConfigProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** The API's self-description at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String BEARER = "bearer";

	@Bean
	OpenAPI luoshiOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Luoshi API")
				.version("v1")
				.description("""
						Luoshi (落实), a work platform for a district government.

						**Authentication.** `POST /api/v1/auth/token` with `{"username", "password"}` answers `{"token", "expiresAt"}`; \
						send `Authorization: Bearer <token>` on every other call.

						**Paging.** Lists take `page` (from 0), `size` (1–200, default 20) and `sort=field,asc|desc`, and answer \
						`{"items": [...], "page", "size", "total"}`.

						**Errors.** Every error is RFC 9457 `application/problem+json` with a localized `title` and `detail` \
						(`Accept-Language: zh-CN` or `en`), a stable `code`, and for bad input `errors: [{"field", "code", "message"}]`. \
						A record outside the caller's data scope answers 404, exactly like one that does not exist.""")
				.license(new License().name("Apache-2.0")))
			.components(new Components().addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").description("Token from POST /api/v1/auth/token")))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

	/**
	 * swagger-core's own resolver of Java types into schemas, with names that cannot be shared (see
	 * {@link UniqueSchemaNames}). springdoc registers model converters in front of one another, each one first in the
	 * chain; ordered first, this one is registered first and so ends up last, where the stock resolver it replaces
	 * stood, and springdoc's converters for its special types still see every type before it.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	ModelResolver uniquelyNamingModelResolver(ObjectProvider<SpringDocConfigProperties> springDoc) {
		boolean openapi31 = springDoc.getIfAvailable(SpringDocConfigProperties::new).isOpenapi31();
		return new ModelResolver(openapi31 ? Json31.mapper() : Json.mapper(), new UniqueSchemaNames()).openapi31(openapi31);
	}
}
