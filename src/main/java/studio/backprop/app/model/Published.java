package studio.backprop.app.model;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerPropertyBase;
import javafx.beans.property.ReadOnlyObjectPropertyBase;

/**
 * Read-only properties whose values are fields of one {@link ModelState}. The model replaces the state
 * first and only then tells each changed property, so every listener — whichever fires first — reads the
 * new state whole, through any property or getter.
 */
final class Published {
    private Published() { }

    /** An object-valued part of the state. */
    static final class Value<T> extends ReadOnlyObjectPropertyBase<T> {
        private final Object bean;
        private final String name;
        private final Supplier<ModelState> state;
        private final Function<ModelState, T> part;

        Value(Object bean, String name, Supplier<ModelState> state, Function<ModelState, T> part) {
            this.bean = bean;
            this.name = name;
            this.state = state;
            this.part = part;
        }

        @Override
        public T get() { return part.apply(state.get()); }

        @Override
        public Object getBean() { return bean; }

        @Override
        public String getName() { return name; }

        /** Tells the listeners, when this part differs between two states. */
        void announce(ModelState was, ModelState is) {
            T before = part.apply(was);
            T after = part.apply(is);
            if (before != after && !(before instanceof String text && text.equals(after))) fireValueChangedEvent();
        }
    }

    /** The cursor. */
    static final class Cursor extends ReadOnlyIntegerPropertyBase {
        private final Object bean;
        private final Supplier<ModelState> state;

        Cursor(Object bean, Supplier<ModelState> state) {
            this.bean = bean;
            this.state = state;
        }

        @Override
        public int get() { return state.get().cursor(); }

        @Override
        public Object getBean() { return bean; }

        @Override
        public String getName() { return "cursor"; }

        void announce(ModelState was, ModelState is) {
            if (was.cursor() != is.cursor()) fireValueChangedEvent();
        }
    }
}
