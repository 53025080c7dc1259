package org.luoshi.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** How a changed field's key becomes the name the trail shows, as the application reads the audit bundles. */
class AuditTextsTests {

	private final AuditTexts texts = new AuditTexts(bundles(), null);

	@Test
	void namesAFieldByItsOwnKey() {
		assertThat(texts.field("level", Locale.SIMPLIFIED_CHINESE)).isEqualTo("级别");
		assertThat(texts.field("level", Locale.ENGLISH)).isEqualTo("Level");
	}

	@Test
	void namesAFieldCarryingARecordsNameByTheFieldThenTheRecord() {
		assertThat(texts.field("route.棠下镇", Locale.SIMPLIFIED_CHINESE)).isEqualTo("首接单位（棠下镇）");
		assertThat(texts.field("findings.朝光通信有限公司", Locale.SIMPLIFIED_CHINESE)).isEqualTo("走访发现（朝光通信有限公司）");
		assertThat(texts.field("route.棠下镇", Locale.ENGLISH)).isEqualTo("First-response unit (棠下镇)");
	}

	@Test
	void namesTheNthOfAListWithItsNumber() {
		assertThat(texts.field("contact2.phone", Locale.SIMPLIFIED_CHINESE)).isEqualTo("联系人2电话");
		assertThat(texts.field("contact10.email", Locale.ENGLISH)).isEqualTo("Contact 10 e-mail");
	}

	@Test
	void showsAFieldTheBundlesDoNotKnowAsStored() {
		assertThat(texts.field("nothing.here", Locale.SIMPLIFIED_CHINESE)).isEqualTo("nothing.here");
		assertThat(texts.field("contact1.shoeSize", Locale.SIMPLIFIED_CHINESE)).isEqualTo("contact1.shoeSize");
		assertThat(texts.field("route.", Locale.SIMPLIFIED_CHINESE)).isEqualTo("route.");
	}

	private static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
		bundles.setBasenames("messages/audit");
		bundles.setDefaultEncoding("UTF-8");
		bundles.setFallbackToSystemLocale(false);
		return bundles;
	}
}
