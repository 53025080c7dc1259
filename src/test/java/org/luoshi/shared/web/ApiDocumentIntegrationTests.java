package org.luoshi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.luoshi.support.ApiClient;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpEntity;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.SettableBeanProperty;
import tools.jackson.databind.deser.bean.BeanDeserializerBase;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.ser.PropertyWriter;
import tools.jackson.databind.ser.bean.BeanSerializerBase;

/**
 * {@code /v3/api-docs} describes every JSON body as the endpoint really reads and writes it, so that a client written
 * from the document is understood. For each operation under {@code /api/v1}, the handler method Spring calls is asked
 * which Java type it binds with {@code @RequestBody} and which it answers with; the application's own Jackson says which
 * properties those types read and write; and the schema the document gives the operation must have exactly those
 * properties, down through every nested object. A schema name may stand for one Java type only: two records of one
 * simple name used to share a schema, and one of them was documented with the other's properties.
 */
@IntegrationTest
class ApiDocumentIntegrationTests {

	private static final String SCHEMAS = "#/components/schemas/";

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlers;

	@Autowired
	JsonMapper json;

	private enum Direction {
		READ, WRITE
	}

	/** What the walk through the document found wrong, all of it, so that one run names every problem. */
	private final List<String> problems = new ArrayList<>();

	private final Map<String, String> typeBySchemaName = new HashMap<>();
	private final Set<String> comparedAlready = new HashSet<>();
	private JsonNode paths;
	private JsonNode schemas;
	private int requestBodies;
	private int objectAnswers;

	@Test
	void documentsEveryJsonBodyWithThePropertiesTheEndpointReadsAndWrites() {
		ApiClient.Answer answer = ApiClient.signIn(port, "demo-admin").get("/v3/api-docs");
		assertThat(answer.status()).as("/v3/api-docs").isEqualTo(200);
		paths = answer.json().path("paths");
		schemas = answer.json().path("components").path("schemas");
		for (String name : schemas.propertyNames()) {
			// A name with its package is what UniqueSchemaNames gives a type whose simple name another type has taken.
			if (!name.matches("[A-Za-z0-9]+")) {
				problems.add("the schema " + name + " is not named plainly: its simple name belongs to another type");
			}
		}
		handlers.getHandlerMethods().forEach((mapping, handler) -> {
			for (String path : mapping.getPatternValues()) {
				if (path.startsWith("/api/v1/")) {
					Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
					if (methods.isEmpty()) {
						problems.add(path + " answers every HTTP method; the document cannot say which");
					}
					methods.forEach(method -> compareOperation(method, path, handler));
				}
			}
		});
		for (String name : schemas.propertyNames()) {
			if (!typeBySchemaName.containsKey(name)) {
				problems.add("the schema " + name + " was not compared: no request or answer under /api/v1 leads to it");
			}
		}
		assertThat(problems).as(String.join("\n", problems)).isEmpty();
		// The walk above must have met the API, not an empty mapping: these are far fewer than the API has.
		assertThat(requestBodies).isGreaterThan(20);
		assertThat(objectAnswers).isGreaterThan(40);
	}

	private void compareOperation(RequestMethod method, String path, HandlerMethod handler) {
		String operationName = method + " " + path;
		JsonNode operation = paths.path(documentedPath(path)).path(method.name().toLowerCase(Locale.ROOT));
		if (operation.isMissingNode()) {
			problems.add(operationName + " is not in the document");
			return;
		}
		MethodParameter body = requestBody(handler);
		if (body != null) {
			requestBodies++;
			JsonNode documented = operation.path("requestBody").path("content").path("application/json").path("schema");
			if (documented.isMissingNode()) {
				problems.add(operationName + " reads JSON that the document does not describe");
			}
			else {
				compare(documented, json.constructType(body.getGenericParameterType()), Direction.READ, operationName + " request body");
			}
		}
		JavaType answered = answerType(handler);
		if (answered != null && properties(element(answered), Direction.WRITE) != null) {
			objectAnswers++;
			JsonNode documented = answerSchema(operation);
			if (documented == null) {
				problems.add(operationName + " answers JSON that the document does not describe");
			}
			else {
				compare(documented, answered, Direction.WRITE, operationName + " answer");
			}
		}
	}

	/** The document names a path variable without the pattern it must match: {@code {action:a|b}} is {@code {action}}. */
	private static String documentedPath(String pattern) {
		return pattern.replaceAll("\\{(\\w+):[^}]*}", "{$1}");
	}

	private static MethodParameter requestBody(HandlerMethod handler) {
		for (MethodParameter parameter : handler.getMethodParameters()) {
			if (parameter.hasParameterAnnotation(RequestBody.class)) {
				return parameter;
			}
		}
		return null;
	}

	/** What the handler's answer carries: the returned type, or the body of a {@code ResponseEntity}. */
	private JavaType answerType(HandlerMethod handler) {
		ResolvableType returned = ResolvableType.forMethodParameter(handler.getReturnType());
		if (HttpEntity.class.isAssignableFrom(returned.toClass())) {
			returned = returned.as(HttpEntity.class).getGeneric(0);
		}
		Type type = returned.getType();
		return type == void.class || type == Void.class ? null : json.constructType(type);
	}

	/** The schema of the first successful answer that has a body. */
	private static JsonNode answerSchema(JsonNode operation) {
		for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
			JsonNode content = response.getValue().path("content");
			if (response.getKey().startsWith("2") && !content.isEmpty()) {
				JsonNode asJson = content.path("application/json");
				return (asJson.isMissingNode() ? content.path("*/*") : asJson).path("schema");
			}
		}
		return null;
	}

	/** What a list, an array, a map or an {@code Optional} holds; the type itself otherwise. */
	private static JavaType element(JavaType type) {
		if (type.isReferenceType()) {
			return element(type.getReferencedType());
		}
		if (type.isContainerType() && !(type.isArrayType() && type.getContentType().isPrimitive())) {
			return element(type.getContentType());
		}
		return type;
	}

	/**
	 * The documented schema against the Java type: objects must list the very properties Jackson reads (or writes),
	 * arrays and maps are compared by what they hold, and values (strings, numbers, dates, enums) need no more.
	 */
	private void compare(JsonNode documented, JavaType type, Direction direction, String where) {
		if (type.isReferenceType()) {
			compare(documented, type.getReferencedType(), direction, where);
			return;
		}
		if (type.isCollectionLikeType() || (type.isArrayType() && !type.getContentType().isPrimitive())) {
			compare(documented.path("items"), type.getContentType(), direction, where + "[]");
			return;
		}
		if (type.isMapLikeType()) {
			compare(documented.path("additionalProperties"), type.getContentType(), direction, where + "{}");
			return;
		}
		Map<String, JavaType> properties = properties(type, direction);
		if (properties == null) {
			return;
		}
		String reference = documented.path("$ref").asString("");
		if (!reference.startsWith(SCHEMAS)) {
			problems.add(where + ": " + type.toCanonical() + " is documented as " + documented + ", not as a schema of its own");
			return;
		}
		String name = reference.substring(SCHEMAS.length());
		String holder = typeBySchemaName.putIfAbsent(name, type.toCanonical());
		if (holder != null && !holder.equals(type.toCanonical())) {
			problems.add(where + ": the schema " + name + " stands for both " + holder + " and " + type.toCanonical());
			return;
		}
		if (!comparedAlready.add(name + " " + direction)) {
			return;
		}
		JsonNode schema = schemas.path(name);
		Set<String> documentedProperties = new TreeSet<>(schema.path("properties").propertyNames());
		if (!documentedProperties.equals(new TreeSet<>(properties.keySet()))) {
			problems.add(where + ": the schema " + name + " has " + documentedProperties + " but " + type.toCanonical() + " "
					+ (direction == Direction.READ ? "reads " : "writes ") + new TreeSet<>(properties.keySet()));
		}
		properties.forEach((property, propertyType) -> {
			if (documentedProperties.contains(property)) {
				compare(schema.path("properties").path(property), propertyType, direction, name + "." + property);
			}
		});
	}

	/** The properties Jackson reads into, or writes from, the type, with their types; {@code null} for a value. */
	private Map<String, JavaType> properties(JavaType type, Direction direction) {
		Map<String, JavaType> properties = new LinkedHashMap<>();
		if (direction == Direction.READ) {
			ValueDeserializer<Object> deserializer = json._deserializationContext().findRootValueDeserializer(type);
			if (!(deserializer instanceof BeanDeserializerBase bean)) {
				return null;
			}
			for (Iterator<SettableBeanProperty> each = bean.properties(); each.hasNext();) {
				SettableBeanProperty property = each.next();
				properties.put(property.getName(), property.getType());
			}
		}
		else {
			ValueSerializer<Object> serializer = json._serializationContext().findValueSerializer(type);
			if (!(serializer instanceof BeanSerializerBase)) {
				return null;
			}
			for (Iterator<PropertyWriter> each = serializer.properties(); each.hasNext();) {
				PropertyWriter property = each.next();
				properties.put(property.getName(), property.getType());
			}
		}
		return properties;
	}
}
