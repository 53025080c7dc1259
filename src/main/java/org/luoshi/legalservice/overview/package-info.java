/**
 * The legal services seen whole: the public page (no sign-in, phone-sized) with each park's point, its services and
 * opening hours and the upcoming lectures, and the statistics of requests and lectures per park, service and month. It
 * reads the core's directory and the nested modules' published statistics and listings, and publishes nothing: no
 * module depends on it, so it may depend on all of them without a cycle.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Legal services :: Overview")
package org.luoshi.legalservice.overview;
