package org.luoshi.shared.database;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether this instance runs with demo data: by default yes on the embedded database (a trial run), no on a
 * real server unless started with {@code --demo} (or {@code LUOSHI_DEMO=true}).
 */
@Component
public class DemoMode {

	private final boolean enabled;

	DemoMode(@Value("${luoshi.demo:}") String demo, @Value("${spring.datasource.url:}") String datasourceUrl) {
		this.enabled = demo == null || demo.isBlank() ? datasourceUrl == null || datasourceUrl.isBlank() : Boolean.parseBoolean(demo.strip());
	}

	public boolean isEnabled() {
		return enabled;
	}
}
