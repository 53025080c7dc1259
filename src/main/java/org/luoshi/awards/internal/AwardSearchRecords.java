package org.luoshi.awards.internal;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.luoshi.search.SearchDocument;
import org.luoshi.search.SearchIndex;
import org.luoshi.search.Visibility;
import org.luoshi.shared.Permissions;
import org.springframework.stereotype.Component;

/**
 * The awards in the search index, each under its record type's one rule ({@link AwardAccess}): a campaign for
 * {@code awards:read}; a nomination for {@code awards:read} over its nominating or nominated unit; an objection for the
 * awards office; an honour for every signed-in person. Never a birth date nor an objector's phone.
 */
@Component
class AwardSearchRecords {

	static final String CAMPAIGN = "award-campaign";
	static final String NOMINATION = "award-nomination";
	static final String OBJECTION = "award-objection";
	static final String HONOUR = "award-honour";

	private final SearchIndex index;

	AwardSearchRecords(SearchIndex index) {
		this.index = index;
	}

	void index(Campaign campaign) {
		index.index(new SearchDocument(CAMPAIGN, String.valueOf(campaign.id()), new Visibility(Permissions.AWARDS_READ, null), campaign.title(),
				join(campaign.organiser(), campaign.description()), "/awards/campaigns/" + campaign.id()));
	}

	void index(Nomination nomination, Campaign campaign) {
		index.index(new SearchDocument(NOMINATION, String.valueOf(nomination.id()), AwardAccess.visibility(nomination), nomination.collectiveName(),
				join(campaign.title(), nomination.summary(), nomination.creditCode()), "/awards/nominations/" + nomination.id()));
	}

	void index(Objection objection, Campaign campaign) {
		index.index(new SearchDocument(OBJECTION, String.valueOf(objection.id()), AwardAccess.objectionVisibility(),
				objection.collectiveName(), join(campaign.title(), objection.text(), objection.answer()), "/awards/objections/" + objection.id()));
	}

	void index(Honour honour) {
		index.index(new SearchDocument(HONOUR, String.valueOf(honour.id()), Visibility.everyone(), honour.collectiveName() + " · " + honour.title(),
				join(honour.number(), honour.creditCode(), honour.reason()), "/awards/honours/" + honour.id()));
	}

	private static String join(String... parts) {
		return Stream.of(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(" "));
	}
}
