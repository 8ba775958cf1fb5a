package org.rasad.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Carries rasad-core's result records through Spark's shuffle as bytes.
 *
 * <p>The core's model is made of records that are not {@code Serializable} (and Kryo 4, which
 * Spark 3.5 ships, cannot set a record's final fields), so this codec walks a record's components
 * by reflection and rebuilds it through its canonical constructor. It knows the types the model
 * uses: records, {@code List}, {@code String}, boxed and primitive {@code int}/{@code long}/
 * {@code double}/{@code boolean}, {@code LocalDate} and enums; any other type fails at once with
 * its name, so a new kind of field in the model cannot be dropped silently. Every value may be
 * null. Records compare by value, so {@code decode(encode(x)).equals(x)} is the whole contract.
 * Stateless and thread-safe.
 */
final class RecordCodec {

    private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();

    private RecordCodec() {
    }

    static byte[] encode(Record value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(out, value.getClass(), value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static <T extends Record> T decode(byte[] bytes, Class<T> type) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            return type.cast(read(in, type));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot decode a " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static void write(DataOutputStream out, Type type, Object v) throws IOException {
        Class<?> raw = raw(type);
        if (raw.isPrimitive()) {
            writePrimitive(out, raw, v);
            return;
        }
        out.writeBoolean(v != null);
        if (v == null) {
            return;
        }
        if (raw == String.class) {
            byte[] b = ((String) v).getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        } else if (raw == Integer.class || raw == Long.class || raw == Double.class || raw == Boolean.class) {
            writePrimitive(out, unboxed(raw), v);
        } else if (raw == LocalDate.class) {
            out.writeLong(((LocalDate) v).toEpochDay());
        } else if (raw.isEnum()) {
            out.writeUTF(((Enum<?>) v).name());
        } else if (raw == List.class) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<?> list = (List<?>) v;
            out.writeInt(list.size());
            for (Object x : list) {
                write(out, element, x);
            }
        } else if (raw.isRecord()) {
            for (RecordComponent c : raw.getRecordComponents()) {
                write(out, c.getGenericType(), component(c, v));
            }
        } else {
            throw unsupported(raw);
        }
    }

    private static Object read(DataInputStream in, Type type) throws IOException {
        Class<?> raw = raw(type);
        if (raw.isPrimitive()) {
            return readPrimitive(in, raw);
        }
        if (!in.readBoolean()) {
            return null;
        }
        if (raw == String.class) {
            byte[] b = new byte[in.readInt()];
            in.readFully(b);
            return new String(b, StandardCharsets.UTF_8);
        } else if (raw == Integer.class || raw == Long.class || raw == Double.class || raw == Boolean.class) {
            return readPrimitive(in, unboxed(raw));
        } else if (raw == LocalDate.class) {
            return LocalDate.ofEpochDay(in.readLong());
        } else if (raw.isEnum()) {
            return enumValue(raw, in.readUTF());
        } else if (raw == List.class) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            int n = in.readInt();
            List<Object> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(read(in, element));
            }
            return list;
        } else if (raw.isRecord()) {
            RecordComponent[] cs = raw.getRecordComponents();
            Object[] args = new Object[cs.length];
            for (int i = 0; i < cs.length; i++) {
                args[i] = read(in, cs[i].getGenericType());
            }
            return construct(raw, args);
        }
        throw unsupported(raw);
    }

    private static void writePrimitive(DataOutputStream out, Class<?> p, Object v) throws IOException {
        if (p == int.class) {
            out.writeInt((Integer) v);
        } else if (p == long.class) {
            out.writeLong((Long) v);
        } else if (p == double.class) {
            out.writeDouble((Double) v);
        } else if (p == boolean.class) {
            out.writeBoolean((Boolean) v);
        } else {
            throw unsupported(p);
        }
    }

    private static Object readPrimitive(DataInputStream in, Class<?> p) throws IOException {
        if (p == int.class) {
            return in.readInt();
        } else if (p == long.class) {
            return in.readLong();
        } else if (p == double.class) {
            return in.readDouble();
        } else if (p == boolean.class) {
            return in.readBoolean();
        }
        throw unsupported(p);
    }

    private static Class<?> unboxed(Class<?> boxed) {
        return boxed == Integer.class ? int.class : boxed == Long.class ? long.class
                : boxed == Double.class ? double.class : boolean.class;
    }

    private static Class<?> raw(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalArgumentException("RecordCodec cannot carry values of type " + t
                + "; give the record component a concrete type");
    }

    private static Object component(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getDeclaringRecord().getSimpleName() + "." + c.getName(), e);
        }
    }

    private static Object construct(Class<?> type, Object[] args) {
        Constructor<?> ctor = CONSTRUCTORS.computeIfAbsent(type, t -> {
            Class<?>[] params = new Class<?>[t.getRecordComponents().length];
            for (int i = 0; i < params.length; i++) {
                params[i] = t.getRecordComponents()[i].getType();
            }
            try {
                Constructor<?> c = t.getDeclaredConstructor(params);
                c.setAccessible(true);
                return c;
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("record " + t.getName() + " has no canonical constructor", e);
            }
        });
        try {
            return ctor.newInstance(args);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException("cannot rebuild a " + type.getSimpleName() + ": " + cause.getMessage(), cause);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }

    private static IllegalArgumentException unsupported(Class<?> type) {
        return new IllegalArgumentException("RecordCodec cannot carry values of type " + type.getName()
                + "; add it to RecordCodec (records, List, String, boxed numbers, LocalDate and enums are supported)");
    }
}
