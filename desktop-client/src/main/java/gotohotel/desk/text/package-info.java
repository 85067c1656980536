/**
 * Screen texts as every layer hands them up: a resource bundle key with its values ({@link ScreenText}), turned
 * into words of the desk's language only by the views. Plain Java, no I/O: any layer may use it.
 */
package gotohotel.desk.text;
