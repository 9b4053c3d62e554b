package org.minutebook.query.record;

import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The writes that make a meeting's rows in a register read as they now do: a row that changed (or is new) is
 * replaced by its key, a row that is gone is deleted by its key, a row as it was is not written at all.
 */
final class RowChanges {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private RowChanges() {
    }

    static List<WriteModel<Document>> between(Map<String, Document> before, Map<String, Document> after) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        after.forEach((id, row) -> {
            if (!row.equals(before.get(id))) {
                writes.add(new ReplaceOneModel<>(Filters.eq("_id", id), row, UPSERT));
            }
        });
        before.keySet().stream().filter(id -> !after.containsKey(id))
                .forEach(id -> writes.add(new DeleteOneModel<>(Filters.eq("_id", id))));
        return writes;
    }
}
