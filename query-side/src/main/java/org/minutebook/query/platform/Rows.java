package org.minutebook.query.platform;

import com.mongodb.client.FindIterable;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;

/** Read-model documents as API rows: the storage key ({@code _id}) is not part of the answer. */
public final class Rows {

    private Rows() {
    }

    public static List<Document> of(FindIterable<Document> found) {
        List<Document> rows = new ArrayList<>();
        found.forEach(row -> {
            row.remove("_id");
            rows.add(row);
        });
        return rows;
    }

    public static Document one(Document found, String notFound) {
        if (found == null) {
            throw new NotFound(notFound);
        }
        found.remove("_id");
        return found;
    }
}
