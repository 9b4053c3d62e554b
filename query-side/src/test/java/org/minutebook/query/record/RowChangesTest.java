package org.minutebook.query.record;

import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** After an event, only the register rows it changed are written. */
class RowChangesTest {

    @Test
    void aRowAsItWasIsNotWrittenAChangedOrNewOneIsReplacedAndAVanishedOneDeleted() {
        Map<String, Document> before = Map.of(
                "m:1", new Document("text", "That the report be noted."),
                "m:2", new Document("text", "That report be noted."),
                "m:3", new Document("text", "Struck out."));
        Map<String, Document> after = Map.of(
                "m:1", new Document("text", "That the report be noted."),
                "m:2", new Document("text", "That the report be noted."),
                "m:4", new Document("text", "New."));

        List<WriteModel<Document>> writes = RowChanges.between(before, after);

        assertThat(writes).hasSize(3);
        assertThat(writes).filteredOn(ReplaceOneModel.class::isInstance)
                .extracting(write -> ((ReplaceOneModel<Document>) write).getReplacement().getString("text"))
                .containsExactlyInAnyOrder("That the report be noted.", "New.");
        assertThat(writes).filteredOn(DeleteOneModel.class::isInstance)
                .extracting(write -> ((DeleteOneModel<Document>) write).getFilter().toString()).singleElement()
                .asString().contains("m:3");
    }

    @Test
    void nothingChangedIsNothingWritten() {
        Map<String, Document> rows = Map.of("m:1", new Document("text", "Noted."));

        assertThat(RowChanges.between(rows, rows)).isEmpty();
    }
}
