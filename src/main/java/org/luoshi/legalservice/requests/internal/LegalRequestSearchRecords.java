package org.luoshi.legalservice.requests.internal;

import java.util.HashSet;
import java.util.Set;

import org.luoshi.legalservice.LegalDirectory;
import org.luoshi.legalservice.LegalServiceType;
import org.luoshi.legalservice.Practitioner;
import org.luoshi.legalservice.ServicePoint;
import org.luoshi.legalservice.ServicePointStaffChanged;
import org.luoshi.search.SearchDocument;
import org.luoshi.search.SearchIndex;
import org.luoshi.search.Visibility;
import org.luoshi.shared.Permissions;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Requests in the search index, found by whom the request's one rule ({@link LegalRequestAccess}) names: the justice
 * bureau's office ({@code legal:manage} over the whole district) and, by account, the staff of the request's point and
 * the practitioner it is assigned to. A request is stated again at every step (its practitioner may change) and all of
 * a point's when its staff list changes ({@link ServicePointStaffChanged}). Enterprises' accounts do not search. Title:
 * ticket, service and point; body: the requester's name and the matter. Never a phone, an ID number or an address.
 */
@Component
class LegalRequestSearchRecords {

	static final String TYPE = "legal-request";

	private final SearchIndex searchIndex;
	private final LegalDirectory directory;
	private final LegalRequestRows rows;

	LegalRequestSearchRecords(SearchIndex searchIndex, LegalDirectory directory, @Lazy LegalRequestRows rows) {
		this.searchIndex = searchIndex;
		this.directory = directory;
		this.rows = rows;
	}

	Visibility visibility(LegalRequest request) {
		Set<Long> accounts = new HashSet<>();
		directory.point(request.pointId()).ifPresent(point -> accounts.addAll(point.staffAccountIds()));
		if (request.practitionerId() != null) {
			directory.practitioner(request.practitionerId()).map(Practitioner::accountId).ifPresent(accounts::add);
		}
		return Visibility.wholeDistrict(Permissions.LEGAL_MANAGE).withAccounts(accounts);
	}

	@EventListener
	void staffChanged(ServicePointStaffChanged changed) {
		String pointName = directory.point(changed.pointId()).map(ServicePoint::name).orElse(String.valueOf(changed.pointId()));
		for (LegalRequest request : rows.atPoint(changed.pointId())) {
			index(request, pointName, directory.service(request.serviceCode()).map(LegalServiceType::name).orElse(request.serviceCode()));
		}
	}

	void index(LegalRequest request, String pointName, String serviceName) {
		searchIndex.index(new SearchDocument(TYPE, String.valueOf(request.id()), visibility(request),
				request.ticket() + " " + serviceName + " · " + pointName, request.requesterName() + " " + request.matter(),
				"/legal/requests/" + request.id()));
	}
}
