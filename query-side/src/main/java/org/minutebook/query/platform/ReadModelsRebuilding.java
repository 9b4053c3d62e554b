package org.minutebook.query.platform;

/** Whether the read models are being rebuilt (on any instance), so that what they lack is told as such. */
public interface ReadModelsRebuilding {

    boolean underWay();
}
