package studio.backprop.rendering;

/**
 * An axis-aligned rectangle in layout coordinates.
 *
 * @param x      left
 * @param y      top
 * @param width  width
 * @param height height
 */
public record Area(double x, double y, double width, double height) {
    /** Whether this rectangle meets another one. */
    public boolean intersects(double x, double y, double width, double height) {
        return x + width >= this.x && y + height >= this.y && x <= this.x + this.width && y <= this.y + this.height;
    }
}
