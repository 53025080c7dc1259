package org.luoshi.legalservice.requests;

/** How a request came: online (the enterprise's account, the public form) or at the point's counter. */
public enum RequestChannel {
	ONLINE, COUNTER
}
