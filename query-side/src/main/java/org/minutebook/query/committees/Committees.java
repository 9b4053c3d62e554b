package org.minutebook.query.committees;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.minutebook.query.platform.Paging;
import org.minutebook.query.platform.Rows;
import org.springframework.stereotype.Component;

/** Committees, their names over time and their members: for the API and the public pages alike. */
@Component
public class Committees {

    private final MongoCollection<Document> committees;

    Committees(MongoDatabase readModels) {
        this.committees = readModels.getCollection(CommitteesProjection.NAME);
    }

    /** Committees by name. */
    public Paging.Page all(Paging paging) {
        return paging.apply(committees.find().sort(Sorts.ascending("name", "_id")));
    }

    /** The committee; {@code NotFound} when none is recorded by that id. */
    public Document one(String committeeId) {
        return Rows.one(committees.find(Filters.eq("_id", committeeId)).first(),
                "No committee " + committeeId + " is recorded (or it is not projected yet)");
    }
}
