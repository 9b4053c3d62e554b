package org.minutebook.query.rebuild;

/** A rebuild was asked for while one is still under way. */
class RebuildUnderWay extends RuntimeException {

    private final Rebuilds.Progress progress;

    RebuildUnderWay(Rebuilds.Progress progress) {
        super("A rebuild of the read models is under way (" + progress.percent() + "% done)");
        this.progress = progress;
    }

    Rebuilds.Progress progress() {
        return progress;
    }
}
