/**
 * The enterprise portal (企业门户): enterprises' own accounts (企业用户), from registration to the page they land on.
 *
 * <p>An enterprise's contact registers at {@code /portal/register} without signing in: the credit code of an enterprise
 * in the registry, their name, a mainland mobile number (the login name) and a password under the platform's policy.
 * That opens a registration awaiting the enterprise's town, and through identity's
 * {@link org.luoshi.identity.EnterpriseAccounts} an account that cannot sign in yet. The town (handlers with
 * {@code enterprise:manage} whose data scope reaches the enterprise's town, and the district office) approves it —
 * the account opens as {@link org.luoshi.identity.Role#ENTERPRISE} for that enterprise — or refuses it with a reason
 * ({@code /portal/registrations} and each registration's page, a home-page attention item, and a notification to the
 * town's approvers when one arrives). The registration's lifecycle is one transition table
 * ({@code internal.RegistrationLifecycle}); each step is audited, filed under the town's unit. A refused applicant may
 * register again with the same number. Who may see and decide a registration is one rule
 * ({@code internal.RegistrationAccess}), which search's documents state too.
 *
 * <p>The signed-in enterprise lands on {@code /portal}: its enterprise and one card per
 * {@link org.luoshi.enterprise.PortalSection} that the modules built on the registry contribute (demands, visits).
 *
 * <p>A nested module of enterprise: it uses the registry's published directory, its scope rule and towns
 * ({@code enterprise.internal.EnterpriseAccess}, {@code Towns}), identity's {@code EnterpriseAccounts} and
 * {@code AccountDirectory}, search's {@code SearchIndex}, the organization's unit summaries and the shared kernel
 * (notifications are a shared {@code NotifiableEvent}). Identity knows the enterprise by id only, so identity never
 * depends on enterprise, and enterprise's own core does not depend on identity either: only this module joins the two.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enterprise portal")
package org.luoshi.enterprise.portal;
