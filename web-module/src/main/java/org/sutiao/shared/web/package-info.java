/** Page helpers shared by every context: formats, localized Faces messages, the current user, the language. */
package org.sutiao.shared.web;
