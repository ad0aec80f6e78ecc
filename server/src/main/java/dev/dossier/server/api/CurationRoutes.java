package dev.dossier.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.dossier.core.EntityType;
import dev.dossier.core.ErrorCode;
import dev.dossier.engine.Engine;
import dev.dossier.store.CurationEntry;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * Analysts' corrections through the API: {@code POST /api/v1/entities/{id}/merge}, {@code /split},
 * {@code /rename}, {@code /retype} and {@code /delete}, and the audit log at {@code GET
 * /api/v1/curations}. The engine checks each correction, logs it with who, when and why, applies
 * it to every stored article and replays it on every later ingest and rebuild.
 *
 * <p>A correction's fields come as a JSON object or as form fields: {@code who} (required: the
 * log records who made each correction), {@code why}, and the action's own field ({@code other},
 * {@code name} or {@code type}). Like every write, these need the access token, which {@link
 * dev.dossier.server.DossierServer}'s security check requires before any handler runs. The web
 * app's forms go through {@link #apply} too.
 */
public final class CurationRoutes {

  /** The corrections, by the last segment of their path. */
  public enum Action {
    MERGE, SPLIT, RENAME, RETYPE, DELETE;

    public String path() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The action a path segment names, or 404 for any other segment. */
    public static Action of(String path) {
      for (Action action : values()) {
        if (action.path().equals(path)) {
          return action;
        }
      }
      throw ApiException.notFound("no correction named '" + path + "': merge, split, rename, retype or delete");
    }
  }

  private final Engine engine;

  public CurationRoutes(Engine engine) {
    this.engine = engine;
  }

  public void register(RoutesConfig routes) {
    for (Action action : Action.values()) {
      routes.post(ApiRoutes.BASE + "/entities/{id}/" + action.path(), ctx -> curate(ctx, action));
    }
    routes.get(ApiRoutes.BASE + "/curations", ctx -> json(ctx, CurationJson.log(engine.curations())));
  }

  private void curate(Context ctx, Action action) {
    CurationEntry entry = apply(engine, action, ctx.pathParam("id"), ctx);
    String result = resultingEntity(entry);
    var profile = result == null ? null : engine.entityById(result).orElse(null);
    json(ctx, CurationJson.result(entry, profile == null ? null : ApiRoutes.entityJson(engine, profile)));
  }

  /**
   * Reads the correction's fields from the request and makes it.
   *
   * @param entity the entity to correct: an id, or a name or alias that denotes exactly one entity
   * @throws ApiException 400 for a missing or malformed field, 415 for a body that is neither JSON nor a form
   * @throws dev.dossier.core.DossierException {@code NOT_FOUND} or {@code BAD_ARGUMENT} from the engine
   */
  public static CurationEntry apply(Engine engine, Action action, String entity, Context ctx) {
    Fields fields = Fields.of(ctx);
    String who = fields.required("who", "the audit log records who made each correction");
    String why = fields.optional("why");
    return switch (action) {
      case MERGE -> engine.merge(entity, fields.required("other", "the entity to merge into this one"), who, why);
      case SPLIT -> engine.split(entity, fields.required("name", "the name whose mentions become an entity of their own"), who, why);
      case RENAME -> engine.rename(entity, fields.required("name", "the new canonical name"), who, why);
      case RETYPE -> engine.retype(entity, type(fields.required("type", "PERSON, ORGANIZATION, LOCATION or MISC")), who, why);
      case DELETE -> engine.delete(entity, who, why);
    };
  }

  /** The id of the entity a correction leaves: the one kept, renamed or retyped, the one split off; {@code null} after a delete. */
  public static String resultingEntity(CurationEntry entry) {
    return switch (entry.action()) {
      case "split" -> entry.target();
      case "delete" -> null;
      default -> entry.entityId();
    };
  }

  private static EntityType type(String value) {
    try {
      return EntityType.parse(value);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("field 'type': " + e.getMessage());
    }
  }

  private static void json(Context ctx, com.fasterxml.jackson.databind.node.ObjectNode body) {
    ctx.contentType("application/json").result(body.toString());
  }

  /** A correction's fields, from a JSON object or a form. */
  private record Fields(JsonNode json, Context ctx) {

    static Fields of(Context ctx) {
      String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
      if (type.startsWith("application/json")) {
        try {
          JsonNode body = ApiJson.mapper().readTree(ctx.body());
          if (body == null || !body.isObject()) {
            throw ApiException.badRequest("the body must be a JSON object with the correction's fields");
          }
          return new Fields(body, ctx);
        } catch (JsonProcessingException e) {
          throw ApiException.badRequest("the body is not JSON: " + e.getOriginalMessage());
        }
      }
      if (ctx.isFormUrlencoded() || ctx.isMultipartFormData()) {
        return new Fields(null, ctx);
      }
      throw new ApiException(415, ErrorCode.UNSUPPORTED_REQUEST,
          "send the correction's fields as a JSON object (Content-Type: application/json) or as form fields");
    }

    String optional(String name) {
      String value;
      if (json != null) {
        JsonNode node = json.get(name);
        if (node != null && !node.isNull() && !node.isTextual()) {
          throw ApiException.badRequest("field '" + name + "' must be a string");
        }
        value = node == null || node.isNull() ? null : node.asText();
      } else {
        value = ctx.formParam(name);
      }
      if (value == null || value.isBlank()) {
        return "";
      }
      if (value.length() > Params.MAX_TEXT) {
        throw ApiException.badRequest("field '" + name + "' is " + value.length() + " characters long; at most " + Params.MAX_TEXT + " are accepted");
      }
      return value.strip();
    }

    String required(String name, String what) {
      String value = optional(name);
      if (value.isEmpty()) {
        throw ApiException.badRequest("field '" + name + "' is required: " + what);
      }
      return value;
    }
  }
}
