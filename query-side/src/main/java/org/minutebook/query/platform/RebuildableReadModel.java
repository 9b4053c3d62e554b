package org.minutebook.query.platform;

/** A read model that can be dropped, to be rebuilt from the first event on the topic. */
public interface RebuildableReadModel {

    void drop();
}
