# Enforces the one-way dependency rule app -> ui -> core at configure time:
# core must never see Widgets, and nothing below app may link ui.
function(qianyue_forbid_link target)
    get_target_property(links ${target} LINK_LIBRARIES)
    foreach(forbidden IN LISTS ARGN)
        if(forbidden IN_LIST links)
            message(FATAL_ERROR "${target} must not link ${forbidden} (layering: app -> ui -> core)")
        endif()
    endforeach()
endfunction()

qianyue_forbid_link(qianyue_core Qt6::Widgets Qt::Widgets Qt6::Charts Qt::Charts Qt6::PrintSupport Qt::PrintSupport qianyue_ui)
qianyue_forbid_link(qianyue-cli Qt6::Widgets Qt::Widgets qianyue_ui)
