package org.luoshi.enterprise.proposals.internal;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.luoshi.search.SearchDocument;
import org.luoshi.search.SearchIndex;
import org.springframework.stereotype.Component;

/**
 * Proposals and public-opinion reports in the search index, found by those whose scope {@link ProposalAccess} lets open
 * them: {@code proposal:read} over the lead and co-handling units (a report's units it was forwarded to), or the whole
 * district. A proposer finds their own in the list, not in search: search states units, not accounts, and a member's
 * scope (the CPPCC) reaches no handling unit, so that search never shows them more than the list does.
 */
@Component
class ProposalSearchRecords {

	static final String PROPOSAL = "proposal";
	static final String OPINION = "opinion";

	private final SearchIndex searchIndex;

	ProposalSearchRecords(SearchIndex searchIndex) {
		this.searchIndex = searchIndex;
	}

	void index(Proposal proposal, String enterpriseNames) {
		String body = Stream.of(proposal.proposerName(), enterpriseNames, proposal.reasons(), proposal.suggestions(), proposal.answer())
			.filter(text -> text != null && !text.isBlank())
			.collect(Collectors.joining(" "));
		String title = (proposal.number() == null ? "" : proposal.number() + " ") + proposal.title();
		searchIndex.index(new SearchDocument(PROPOSAL, String.valueOf(proposal.id()), ProposalAccess.forSearch(proposal), title, body,
				"/proposals/" + proposal.id()));
	}

	void index(Opinion opinion) {
		String body = Stream.of(opinion.reporterName(), opinion.content(), opinion.instructions())
			.filter(text -> text != null && !text.isBlank())
			.collect(Collectors.joining(" "));
		searchIndex.index(new SearchDocument(OPINION, String.valueOf(opinion.id()), ProposalAccess.forSearch(opinion),
				opinion.title(), body, "/proposals/opinions/" + opinion.id()));
	}
}
