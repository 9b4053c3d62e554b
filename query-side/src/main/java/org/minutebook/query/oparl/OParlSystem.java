package org.minutebook.query.oparl;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code System}: this service, the entry point an OParl client starts from; its bodies are the councils. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OParlSystem(String id, String type, String oparlVersion, String name, String body, String website,
                          String product, String web) {
}
