package org.luoshi.enterprise;

import java.util.List;
import java.util.Random;

import org.luoshi.enterprise.internal.EnterpriseInput;
import org.luoshi.enterprise.internal.EnterpriseInput.ContactInput;
import org.luoshi.identity.AccountDirectory;
import org.luoshi.identity.Role;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * The people of the demo district as the registry sees them, and enterprises made for a test: {@code office()} is
 * demo-admin (district office), {@code tangxia()} the handler of 棠下镇 (demo-town), {@code justice()} the handler of
 * 区司法局 (demo-dept), {@code leader()} demo-leader; {@code hetang()} a handler of 荷塘镇 that no demo account is, for
 * "another town". Credit codes are computed, each new: all tests share one database.
 */
@Component
public class EnterpriseFixtures {

	public static final String TANGXIA = "440703101";
	public static final String HETANG = "440703102";
	private static final Random RANDOM = new Random();

	private final AccountDirectory accounts;
	private final OrganizationDirectory organization;

	EnterpriseFixtures(AccountDirectory accounts, OrganizationDirectory organization) {
		this.accounts = accounts;
		this.organization = organization;
	}

	public Actor actor(String username) {
		return accounts.findByUsername(username).orElseThrow().actor();
	}

	public Actor office() {
		return actor("demo-admin");
	}

	public Actor tangxia() {
		return actor("demo-town");
	}

	public Actor justice() {
		return actor("demo-dept");
	}

	public Actor leader() {
		return actor("demo-leader");
	}

	/** A unit handler of 荷塘镇, as demo-town is of 棠下镇. */
	public Actor hetang() {
		return new Actor(9101L, "test-hetang", "荷塘经办人", unit("荷塘镇"), Role.UNIT_HANDLER.permissions());
	}

	public long unit(String name) {
		return organization.findUnitByName(name).orElseThrow().id();
	}

	/** A credit code no enterprise has yet, its subject code passing GB 11714. */
	public static String newCode() {
		StringBuilder subject = new StringBuilder("T");
		for (int i = 0; i < 7; i++) {
			subject.append(CreditCode.CHARACTERS.charAt(RANDOM.nextInt(CreditCode.CHARACTERS.length())));
		}
		return CreditCode.of("91440703" + subject + CreditCode.subjectCheckCharacter(subject.toString())).value();
	}

	/** A valid code whose subject code's last character is not the one GB 11714 calls for. */
	public static String newCodeFailingItsSubjectCheck() {
		String subject = newCode().substring(8, 16);
		char right = CreditCode.subjectCheckCharacter(subject);
		return CreditCode.of("91440703" + subject + (right == '1' ? '2' : '1')).value();
	}

	/** An enterprise of the town with one contact, as a form would send it. */
	public static EnterpriseInput input(String code, String name, String division) {
		return new EnterpriseInput(code, name, "张伟", "江门市蓬江区测试路1号", division, null, "C", "SMALL", List.of("ABOVE_DESIGNATED_SIZE"),
				null, null, List.of(new ContactInput("王芳", "办公室主任", "13812345678", "wangfang@example.com")));
	}

	/** A name no other test uses, with a word search can find it by. */
	public static String uniqueName(String word) {
		return "江门市" + word + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + "有限公司";
	}
}
