package org.rasad.spark;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.rasad.core.consolidate.ConsolidatedEvent;
import org.rasad.core.consolidate.MentionRef;
import org.rasad.core.consolidate.Report;
import org.rasad.core.consolidate.SourcedClaim;
import org.rasad.core.model.ActorRef;
import org.rasad.core.model.Casualty;
import org.rasad.core.model.Claim;
import org.rasad.core.model.Event;
import org.rasad.core.model.Evidence;
import org.rasad.core.model.Location;
import scala.jdk.javaapi.CollectionConverters;

/**
 * A consolidated event as a Parquet row, in the shape {@code rasad events} prints as JSON
 * (../shared/eval/CONTRACT.md and rasad-app's EventJson): the same field names and nesting, so
 * {@code spark.read.parquet(dir).toJSON()} gives the CLI's lines and analysts query the columns
 * they already know. {@code date} is a Parquet date; everything else keeps the JSON's types.
 */
final class EventRows {

    private static final StructType ACTOR = new StructType()
            .add("name", DataTypes.StringType).add("text", DataTypes.StringType)
            .add("inter", DataTypes.IntegerType).add("country", DataTypes.StringType);
    private static final StructType LOCATION = new StructType()
            .add("name", DataTypes.StringType).add("name_ar", DataTypes.StringType)
            .add("lat", DataTypes.DoubleType).add("lon", DataTypes.DoubleType)
            .add("country", DataTypes.StringType).add("admin1", DataTypes.StringType)
            .add("geo_precision", DataTypes.IntegerType).add("relation", DataTypes.StringType);
    private static final StructType CASUALTY = new StructType()
            .add("actor", DataTypes.StringType).add("killed", DataTypes.IntegerType).add("injured", DataTypes.IntegerType);
    private static final StructType EVIDENCE = new StructType()
            .add("start", DataTypes.IntegerType).add("end", DataTypes.IntegerType).add("text", DataTypes.StringType);
    private static final StructType DOC_EVIDENCE = EVIDENCE.add("doc", DataTypes.StringType);
    private static final StructType CLAIM = new StructType()
            .add("kind", DataTypes.StringType).add("value", DataTypes.LongType).add("vague", DataTypes.StringType)
            .add("qualifier", DataTypes.StringType).add("actor", DataTypes.StringType)
            .add("update", DataTypes.BooleanType).add("evidence", EVIDENCE)
            .add("doc", DataTypes.StringType).add("event_index", DataTypes.IntegerType).add("source", DataTypes.StringType)
            .add("claimant", DataTypes.StringType);
    private static final StructType MENTION = new StructType()
            .add("doc", DataTypes.StringType).add("event_index", DataTypes.IntegerType);

    static final StructType SCHEMA = new StructType()
            .add("event_id", DataTypes.StringType, false)
            .add("event_type", DataTypes.StringType).add("sub_event_type", DataTypes.StringType)
            .add("date", DataTypes.DateType).add("time_precision", DataTypes.IntegerType)
            .add("actor1", ACTOR).add("actor2", ACTOR).add("location", LOCATION)
            .add("fatalities", DataTypes.IntegerType)
            .add("casualties", array(CASUALTY))
            .add("evidence", array(DOC_EVIDENCE))
            .add("injured", DataTypes.IntegerType)
            .add("claims", array(CLAIM))
            .add("fatalities_low", DataTypes.IntegerType).add("fatalities_high", DataTypes.IntegerType)
            .add("disputed", DataTypes.BooleanType, false)
            .add("mentions", array(MENTION));

    private EventRows() {
    }

    /** What consolidation hands to the writers: the event's columns, then its ACLED row in {@code acled}. */
    static final StructType WITH_ACLED = SCHEMA.add("acled", AcledRows.SCHEMA);

    /** A row of {@link #WITH_ACLED}. */
    static Row row(ConsolidatedEvent c, Row acled) {
        Event e = c.event();
        List<Row> evidence = new ArrayList<>();
        for (Report r : c.reports()) {
            r.event().evidence().forEach(x -> evidence.add(RowFactory.create(x.start(), x.end(), x.text(), r.doc())));
        }
        List<Row> claims = new ArrayList<>();
        for (SourcedClaim sc : c.claims()) {
            Claim k = sc.claim();
            claims.add(RowFactory.create(k.kind(), k.value(), k.vague(), k.qualifier(), k.actor(), k.update(),
                    evidence(k.evidence()), sc.doc(), sc.eventIndex(), sc.source(), k.claimant()));
        }
        List<Row> casualties = new ArrayList<>();
        for (Casualty x : e.casualties()) {
            casualties.add(RowFactory.create(x.actor(), x.killed(), x.injured()));
        }
        List<Row> mentions = new ArrayList<>();
        for (MentionRef m : c.mentions()) {
            mentions.add(RowFactory.create(m.doc(), m.eventIndex()));
        }
        return RowFactory.create(c.eventId(), e.eventType(), e.subEventType(),
                e.date() == null ? null : Date.valueOf(e.date()), e.timePrecision(),
                actor(e.actor1()), actor(e.actor2()), location(e.location()), e.fatalities(),
                seq(casualties), seq(evidence), e.injured(), seq(claims),
                c.fatalitiesLow(), c.fatalitiesHigh(), c.disputed(), seq(mentions), acled);
    }

    private static Row actor(ActorRef a) {
        return a == null ? null : RowFactory.create(a.name(), a.text(), a.inter(), a.country());
    }

    private static Row location(Location l) {
        return l == null ? null : RowFactory.create(l.name(), l.nameAr(), l.lat(), l.lon(), l.country(), l.admin1(),
                l.geoPrecision(), l.relation());
    }

    private static Row evidence(Evidence x) {
        return x == null ? null : RowFactory.create(x.start(), x.end(), x.text());
    }

    private static ArrayType array(DataType element) {
        return DataTypes.createArrayType(element);
    }

    /** Spark's row encoder takes Scala sequences for array columns. */
    private static scala.collection.Seq<Row> seq(List<Row> rows) {
        return CollectionConverters.asScala(rows);
    }
}
