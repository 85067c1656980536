package gotohotel.backend.web;

import org.springdoc.core.customizers.SpringDocCustomizers;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.core.providers.SpringDocProviders;
import org.springdoc.core.service.AbstractRequestService;
import org.springdoc.core.service.GenericResponseService;
import org.springdoc.core.service.OpenAPIService;
import org.springdoc.core.service.OperationService;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.beans.factory.ObjectFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Keeps the OpenAPI document ({@code /v3/api-docs}) on the public port while the Swagger UI lives on the
 * management port: springdoc's {@code use-management-port} moves both, so the public resource is
 * registered here (springdoc's own is conditional on the management port not being used).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "springdoc.use-management-port", havingValue = "true")
class PublicApiDocsConfiguration {

    @Bean
    @Lazy(false)
    OpenApiWebMvcResource publicOpenApiResource(ObjectFactory<OpenAPIService> openApi,
            AbstractRequestService requests, GenericResponseService responses, OperationService operations,
            SpringDocConfigProperties properties, SpringDocProviders providers, SpringDocCustomizers customizers) {
        return new OpenApiWebMvcResource(openApi, requests, responses, operations, properties, providers,
                customizers);
    }
}
