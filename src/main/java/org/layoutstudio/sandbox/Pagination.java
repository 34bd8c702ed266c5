package org.layoutstudio.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * pretix's {@code Pagination} (DRF PageNumberPagination): 50 per page, {@code page_size} up to
 * 50, {@code {"count", "next", "previous", "results"}} with absolute next/previous URLs whose
 * query keys are sorted, as DRF's {@code replace_query_param} writes them.
 */
final class Pagination {
    static final int PAGE_SIZE = 50;

    private Pagination() {
    }

    static HttpReply page(ApiRequest r, List<? extends JsonNode> all) {
        int size = pageSize(r.param("page_size"));
        int pages = Math.max(1, (all.size() + size - 1) / size);
        String pageParam = r.param("page");
        int page;
        if (pageParam == null || pageParam.isEmpty()) {
            page = 1;
        } else if (pageParam.equals("last")) {
            page = pages;
        } else {
            try {
                page = Integer.parseInt(pageParam);
            } catch (NumberFormatException e) {
                throw ApiError.detail(404, "Invalid page.");
            }
            if (page < 1 || page > pages) {
                throw ApiError.detail(404, "Invalid page.");
            }
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("count", all.size());
        if (page < pages) {
            body.put("next", url(r, page + 1));
        } else {
            body.putNull("next");
        }
        if (page > 1) {
            body.put("previous", url(r, page - 1));
        } else {
            body.putNull("previous");
        }
        var results = body.putArray("results");
        int from = (page - 1) * size;
        for (int i = from; i < Math.min(all.size(), from + size); i++) {
            results.add(all.get(i));
        }
        return HttpReply.json(200, body);
    }

    private static int pageSize(String value) {
        if (value == null) {
            return PAGE_SIZE;
        }
        try {
            int n = Integer.parseInt(value.trim());
            return n <= 0 ? PAGE_SIZE : Math.min(n, PAGE_SIZE);
        } catch (NumberFormatException e) {
            return PAGE_SIZE;
        }
    }

    /** The absolute URL of another page; page 1 drops the parameter, as DRF does. */
    private static String url(ApiRequest r, int page) {
        Map<String, List<String>> q = new TreeMap<>();
        for (Map.Entry<String, String> e : r.queryParams()) {
            q.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
        }
        if (page == 1) {
            q.remove("page");
        } else {
            q.put("page", List.of(Integer.toString(page)));
        }
        StringJoiner query = new StringJoiner("&");
        q.forEach((k, values) -> values.forEach(v -> query.add(enc(k) + "=" + enc(v))));
        String base = r.origin() + r.path();
        return query.length() == 0 ? base : base + "?" + query;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
