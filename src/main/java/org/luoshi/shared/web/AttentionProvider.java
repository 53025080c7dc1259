package org.luoshi.shared.web;

import java.util.List;

import org.luoshi.shared.Actor;

/** Implemented by each module that has something to put on a person's home page. */
public interface AttentionProvider {

	List<Attention> attentionFor(Actor actor);
}
