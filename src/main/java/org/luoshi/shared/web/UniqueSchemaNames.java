package org.luoshi.shared.web;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Names API schemas as swagger-core does, by simple class name, but never gives one name to two types.
 *
 * <p>Left alone, swagger-core gives two records called {@code TextRequest} in different controllers the one schema
 * {@code TextRequest}, and the document keeps only one of them: the other endpoint is documented with a body it does
 * not read, and a client written from the document gets 400. Here a type that finds its simple name taken by another
 * is named by its fully qualified class name instead, so the document stays true, and a warning says which two types
 * met. Such a qualified name is a defect to fix by giving the type a name of its own: the test of the API document
 * accepts plain names only. Plain names rather than qualified ones throughout keep the document readable and the
 * clients generated from it sensible.
 */
class UniqueSchemaNames extends TypeNameResolver {

	private static final Logger log = LoggerFactory.getLogger(UniqueSchemaNames.class);

	private final ConcurrentMap<String, String> typeByName = new ConcurrentHashMap<>();

	@Override
	public String nameForType(JavaType type, Set<Options> options) {
		String name = super.nameForType(type, options);
		// Built-in names such as "string" or "integer" stand for several Java types by design; enums are written out
		// where they are used, so their names never reach the document.
		if (findStdName(type) != null || (type.isEnumType() && !ModelResolver.enumsAsRef)) {
			return name;
		}
		String claimant = type.toCanonical();
		String holder = typeByName.putIfAbsent(name, claimant);
		if (holder == null || holder.equals(claimant)) {
			return name;
		}
		String qualified = qualifiedName(type, options);
		log.warn("The API schema name {} already describes {}; {} is documented as {} instead. Give one of them a name of "
				+ "its own.", name, holder, claimant, qualified);
		return qualified;
	}

	/** Unique as class names are; {@code $} is not allowed in a schema name, a dot is. */
	private String qualifiedName(JavaType type, Set<Options> options) {
		StringBuilder name = new StringBuilder(type.getRawClass().getName().replace('$', '.'));
		for (int i = 0; i < type.containedTypeCount(); i++) {
			name.append(nameForType(type.containedType(i), options));
		}
		return name.toString();
	}
}
