/**
 * The numbers (经济运行): economic indicators with their definitions (unit, frequency, whether growth is at comparable
 * prices), values for the district and each town by month — imported from the statistics bureau's tables or recorded
 * one by one, a revision keeping the value it replaces — targets by year as a level or a growth rate, cascaded from the
 * district to its towns, and for each indicator and place the attainment, the growth still needed in the rest of the
 * year and a light by the district's rule.
 *
 * <p>Publishes {@link org.luoshi.economy.EconomicIndicators} (definitions, places, values, targets, attainment) and its
 * records, and the arithmetic ({@link org.luoshi.economy.Attainment}). Pages under {@code /economy}, API under
 * {@code /api/v1/indicators}. Depends on the enterprise registry's towns (division codes and names) and the shared
 * kernel. Migrations in {@code db/migration/economy}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Economy")
package org.luoshi.economy;
