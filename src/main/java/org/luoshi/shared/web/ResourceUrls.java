package org.luoshi.shared.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links on pages are written as they are, not passed through Spring's resource URL encoding. With the WebJars locator
 * on the class path, Boot installs {@link ResourceUrlEncodingFilter}, which looks every link of every page up among
 * the static resources (static files are served at {@code /**}, so {@code /supervision/tasks/42} is looked for in
 * each resource folder and jar): on the district board that was most of the page's CPU time, for links that never
 * change. Nothing here needs rewritten links: WebJars are addressed without their version and resolved when they are
 * requested, and no static file carries a content hash in its name. Registering the filter disabled keeps Boot from
 * installing its own.
 */
@Configuration(proxyBeanMethods = false)
class ResourceUrls {

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterOff() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}
}
