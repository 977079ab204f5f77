package dev.lineup.ui.layouteditor;

/** An entry of the group list; {@link #ALL} stands for "every group" and has a null name. */
public record GroupItem(String name, int channels, boolean hidden) {
    public static final GroupItem ALL = new GroupItem(null, -1, false);

    public boolean isAll() {
        return name == null;
    }
}
