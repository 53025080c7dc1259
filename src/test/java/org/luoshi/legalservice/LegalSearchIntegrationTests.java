package org.luoshi.legalservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.luoshi.legalservice.internal.LegalAdministration;
import org.luoshi.legalservice.internal.LegalAdministration.PointInput;
import org.luoshi.search.Search;
import org.luoshi.search.SearchHit;
import org.luoshi.search.SearchQuery;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Permissions;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Search finds a request for whom its rule names — the bureau, the staff of its point by the point's list, the
 * practitioner it is assigned to — and a question for its expert; nobody else, and a point's staff list changing moves
 * who finds its requests.
 */
@IntegrationTest
@Transactional
class LegalSearchIntegrationTests {

	@Autowired
	Search search;

	@Autowired
	LegalDirectory directory;

	@Autowired
	LegalAdministration administration;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRequestIsFoundByItsPointsStaffAndTheBureauAndNotByAnotherPointsStaff() {
		ServicePoint tangxia = directory.points(false).stream().filter(point -> point.park().equals("棠下产业园")).findFirst().orElseThrow();
		ServicePoint huoju = directory.points(false).stream().filter(point -> point.park().equals("火炬园")).findFirst().orElseThrow();
		long requestId = jdbc.sql("SELECT id FROM legal_request WHERE point_id = ? ORDER BY id LIMIT 1").param(tangxia.id()).query(Long.class)
			.single();
		String name = jdbc.sql("SELECT requester_name FROM legal_request WHERE id = ?").param(requestId).query(String.class).single();
		Actor tangxiaStaff = actor("demo-legal", Permissions.LEGAL_HANDLE);
		Actor bureau = new Actor(account("demo-justice"), "demo-justice", "何静怡", null, Set.of(Permissions.LEGAL_MANAGE));
		Actor town = actor("demo-town", Permissions.ORGANIZATION_READ);
		assertThat(found(name, tangxiaStaff)).contains(String.valueOf(requestId));
		assertThat(found(name, bureau)).contains(String.valueOf(requestId));
		assertThat(found(name, town)).doesNotContain(String.valueOf(requestId));

		// demo-town's account put on 火炬园's counter finds nothing of 棠下; taken off 棠下's, demo-legal no longer finds it.
		administration.changePoint(tangxia.id(), new PointInput(tangxia.name(), tangxia.park(), tangxia.divisionCode(), tangxia.address(),
				tangxia.openingHours(), tangxia.phone(), true, tangxia.serviceCodes(), List.of(), tangxia.version()), bureau);
		assertThat(found(name, tangxiaStaff)).doesNotContain(String.valueOf(requestId));
		assertThat(found(name, bureau)).contains(String.valueOf(requestId));
		assertThat(huoju.staffAccountIds()).doesNotContain(account("demo-legal"));
	}

	@Test
	void aQuestionIsFoundByItsExpert() {
		Practitioner lin = directory.practitionerOfAccount(account("demo-lawyer")).orElseThrow();
		List<String> numbers = jdbc.sql("SELECT number FROM expert_question WHERE expert_id = ? ORDER BY id").param(lin.id()).query(String.class).list();
		assertThat(numbers).isNotEmpty();
		Actor lawyer = actor("demo-lawyer", Permissions.LEGAL_PROVIDE);
		assertThat(search.search(new SearchQuery(numbers.get(0), null, 0, 20), lawyer).items()).extracting(SearchHit::title)
			.anyMatch(title -> title.startsWith(numbers.get(0)));
		String other = jdbc.sql("SELECT number FROM expert_question WHERE expert_id IS DISTINCT FROM ? ORDER BY id LIMIT 1").param(lin.id())
			.query(String.class).single();
		assertThat(search.search(new SearchQuery(other, null, 0, 20), lawyer).items()).extracting(SearchHit::title)
			.noneMatch(title -> title.startsWith(other));
	}

	private List<String> found(String text, Actor actor) {
		return search.search(new SearchQuery(text, "legal-request", 0, 50), actor).items().stream().map(SearchHit::id).toList();
	}

	private Actor actor(String username, String permission) {
		return new Actor(account(username), username, username, null, Set.of(permission));
	}

	private long account(String username) {
		return jdbc.sql("SELECT id FROM account WHERE username = ?").param(username).query(Long.class).single();
	}
}
