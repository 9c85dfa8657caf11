/** Agreement infrastructure: the PDF rendering with an embedded CJK font. */
package org.sutiao.agreements.infrastructure;
