package org.luoshi.legalservice.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.luoshi.legalservice.LegalDirectory;
import org.luoshi.legalservice.LegalServiceType;
import org.luoshi.legalservice.Practitioner;
import org.luoshi.legalservice.Provider;
import org.luoshi.legalservice.ProviderKind;
import org.luoshi.legalservice.ServicePoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the service list, points, providers and practitioners: each record in one statement, its lists aggregated. */
@Component
@Transactional(readOnly = true)
class LegalCatalogue implements LegalDirectory {

	private static final String SERVICE = "SELECT code, name, name_en, description, position, active FROM legal_service";

	private static final String POINT = """
			SELECT p.id, p.name, p.park, p.division_code, p.address, p.opening_hours, p.phone, p.active, p.version,
			       ARRAY(SELECT ps.service_code FROM legal_point_service ps JOIN legal_service s ON s.code = ps.service_code
			             WHERE ps.point_id = p.id ORDER BY s.position) AS services,
			       ARRAY(SELECT st.account_id FROM legal_point_staff st WHERE st.point_id = p.id ORDER BY st.account_id) AS staff
			FROM legal_point p""";

	private static final String PROVIDER = """
			SELECT v.id, v.kind, v.name, v.credit_code, v.address, v.phone, v.active, v.version,
			       ARRAY(SELECT vs.service_code FROM legal_provider_service vs JOIN legal_service s ON s.code = vs.service_code
			             WHERE vs.provider_id = v.id ORDER BY s.position) AS services
			FROM legal_provider v""";

	private static final String PRACTITIONER = """
			SELECT r.id, r.provider_id, v.name AS provider_name, v.kind AS provider_kind, r.name, r.licence_no, r.phone,
			       r.specialties, r.account_id, r.expert, r.active, r.version
			FROM legal_practitioner r JOIN legal_provider v ON v.id = r.provider_id""";

	private final JdbcClient jdbc;

	LegalCatalogue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<LegalServiceType> services(boolean activeOnly) {
		return jdbc.sql(SERVICE + (activeOnly ? " WHERE active" : "") + " ORDER BY position, code").query(LegalCatalogue::service).list();
	}

	@Override
	public Optional<LegalServiceType> service(String code) {
		return jdbc.sql(SERVICE + " WHERE code = ?").param(code).query(LegalCatalogue::service).optional();
	}

	@Override
	public List<ServicePoint> points(boolean activeOnly) {
		return jdbc.sql(POINT + (activeOnly ? " WHERE p.active" : "") + " ORDER BY p.name").query(LegalCatalogue::point).list();
	}

	@Override
	public Optional<ServicePoint> point(long id) {
		return jdbc.sql(POINT + " WHERE p.id = ?").param(id).query(LegalCatalogue::point).optional();
	}

	@Override
	public Set<Long> pointsStaffedBy(long accountId) {
		return Set.copyOf(jdbc.sql("SELECT point_id FROM legal_point_staff WHERE account_id = ?").param(accountId).query(Long.class).list());
	}

	@Override
	public List<Provider> providers() {
		return jdbc.sql(PROVIDER + " ORDER BY v.kind, v.name").query(LegalCatalogue::provider).list();
	}

	@Override
	public Optional<Provider> provider(long id) {
		return jdbc.sql(PROVIDER + " WHERE v.id = ?").param(id).query(LegalCatalogue::provider).optional();
	}

	@Override
	public List<Practitioner> practitioners(Long providerId) {
		return providerId == null ? jdbc.sql(PRACTITIONER + " ORDER BY r.name, r.id").query(LegalCatalogue::practitioner).list()
				: jdbc.sql(PRACTITIONER + " WHERE r.provider_id = ? ORDER BY r.name, r.id").param(providerId)
					.query(LegalCatalogue::practitioner).list();
	}

	@Override
	public Optional<Practitioner> practitioner(long id) {
		return jdbc.sql(PRACTITIONER + " WHERE r.id = ?").param(id).query(LegalCatalogue::practitioner).optional();
	}

	@Override
	public Optional<Practitioner> practitionerOfAccount(long accountId) {
		return jdbc.sql(PRACTITIONER + " WHERE r.account_id = ?").param(accountId).query(LegalCatalogue::practitioner).optional();
	}

	@Override
	public List<Practitioner> experts() {
		return jdbc.sql(PRACTITIONER + " WHERE r.expert AND r.active ORDER BY r.id").query(LegalCatalogue::practitioner).list();
	}

	private static LegalServiceType service(ResultSet rs, int row) throws SQLException {
		return new LegalServiceType(rs.getString("code"), rs.getString("name"), rs.getString("name_en"), rs.getString("description"),
				rs.getInt("position"), rs.getBoolean("active"));
	}

	private static ServicePoint point(ResultSet rs, int row) throws SQLException {
		return new ServicePoint(rs.getLong("id"), rs.getString("name"), rs.getString("park"), rs.getString("division_code"),
				rs.getString("address"), rs.getString("opening_hours"), rs.getString("phone"), rs.getBoolean("active"),
				strings(rs.getArray("services")), longs(rs.getArray("staff")), rs.getInt("version"));
	}

	private static Provider provider(ResultSet rs, int row) throws SQLException {
		return new Provider(rs.getLong("id"), ProviderKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("credit_code"),
				rs.getString("address"), rs.getString("phone"), rs.getBoolean("active"), strings(rs.getArray("services")), rs.getInt("version"));
	}

	private static Practitioner practitioner(ResultSet rs, int row) throws SQLException {
		return new Practitioner(rs.getLong("id"), rs.getLong("provider_id"), rs.getString("provider_name"),
				ProviderKind.valueOf(rs.getString("provider_kind")), rs.getString("name"), rs.getString("licence_no"), rs.getString("phone"),
				strings(rs.getArray("specialties")), rs.getObject("account_id", Long.class), rs.getBoolean("expert"), rs.getBoolean("active"), rs.getInt("version"));
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}

	private static List<Long> longs(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.stream((Long[]) array.getArray()).collect(Collectors.toUnmodifiableList());
	}
}
