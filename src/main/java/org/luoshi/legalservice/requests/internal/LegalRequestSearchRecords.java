package org.luoshi.legalservice.requests.internal;

import org.luoshi.search.SearchDocument;
import org.luoshi.search.SearchIndex;
import org.luoshi.search.Visibility;
import org.luoshi.shared.Permissions;
import org.springframework.stereotype.Component;

/**
 * Requests in the search index. Search states who may find a record by a permission and units; a request's rule names
 * points' staff lists and practitioners, which are no units, so the index admits only the part of the rule it can
 * state — the justice bureau's office ({@code legal:manage} over the whole district) — and never more than the rule
 * does. Point staff and practitioners find their requests through the list's search. Title: ticket, service and point;
 * body: the requester's name and the matter. Never a phone, an ID number or an address.
 */
@Component
class LegalRequestSearchRecords {

	static final String TYPE = "legal-request";

	private final SearchIndex searchIndex;

	LegalRequestSearchRecords(SearchIndex searchIndex) {
		this.searchIndex = searchIndex;
	}

	static Visibility visibility() {
		return Visibility.wholeDistrict(Permissions.LEGAL_MANAGE);
	}

	void index(LegalRequest request, String pointName, String serviceName) {
		searchIndex.index(new SearchDocument(TYPE, String.valueOf(request.id()), visibility(),
				request.ticket() + " " + serviceName + " · " + pointName, request.requesterName() + " " + request.matter(),
				"/legal/requests/" + request.id()));
	}
}
