/** Writing HTML safely: {@code Html} escapes every text and attribute value and accepts only checked URLs; {@code Urls} builds them. */
package dev.dossier.server.html;
