/**
 */
package io.medreason.dataset.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Format</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Record layouts the reader recognises; the literal is the name shown to the user.
 * <!-- end-model-doc -->
 * @see io.medreason.dataset.model.DatasetPackage#getDatasetFormat()
 * @model
 * @generated
 */
public enum DatasetFormat implements Enumerator {
	/**
	 * The '<em><b>MEDICAL O1</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEDICAL_O1_VALUE
	 * @generated
	 * @ordered
	 */
	MEDICAL_O1(0, "MEDICAL_O1", "medical-o1 (Question, Complex_CoT, Response)"),

	/**
	 * The '<em><b>TEXT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TEXT_VALUE
	 * @generated
	 * @ordered
	 */
	TEXT(1, "TEXT", "raw text (text)"),

	/**
	 * The '<em><b>ALPACA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALPACA_VALUE
	 * @generated
	 * @ordered
	 */
	ALPACA(2, "ALPACA", "Alpaca (instruction, input, output)"),

	/**
	 * The '<em><b>SHAREGPT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHAREGPT_VALUE
	 * @generated
	 * @ordered
	 */
	SHAREGPT(3, "SHAREGPT", "ShareGPT (conversations: from, value)"),

	/**
	 * The '<em><b>OPENAI MESSAGES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPENAI_MESSAGES_VALUE
	 * @generated
	 * @ordered
	 */
	OPENAI_MESSAGES(4, "OPENAI_MESSAGES", "OpenAI messages (role, content)");

	/**
	 * The '<em><b>MEDICAL O1</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEDICAL_O1
	 * @model literal="medical-o1 (Question, Complex_CoT, Response)"
	 * @generated
	 * @ordered
	 */
	public static final int MEDICAL_O1_VALUE = 0;

	/**
	 * The '<em><b>TEXT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TEXT
	 * @model literal="raw text (text)"
	 * @generated
	 * @ordered
	 */
	public static final int TEXT_VALUE = 1;

	/**
	 * The '<em><b>ALPACA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALPACA
	 * @model literal="Alpaca (instruction, input, output)"
	 * @generated
	 * @ordered
	 */
	public static final int ALPACA_VALUE = 2;

	/**
	 * The '<em><b>SHAREGPT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHAREGPT
	 * @model literal="ShareGPT (conversations: from, value)"
	 * @generated
	 * @ordered
	 */
	public static final int SHAREGPT_VALUE = 3;

	/**
	 * The '<em><b>OPENAI MESSAGES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPENAI_MESSAGES
	 * @model literal="OpenAI messages (role, content)"
	 * @generated
	 * @ordered
	 */
	public static final int OPENAI_MESSAGES_VALUE = 4;

	/**
	 * An array of all the '<em><b>Format</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DatasetFormat[] VALUES_ARRAY =
		new DatasetFormat[] {
			MEDICAL_O1,
			TEXT,
			ALPACA,
			SHAREGPT,
			OPENAI_MESSAGES,
		};

	/**
	 * A public read-only list of all the '<em><b>Format</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DatasetFormat> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Format</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DatasetFormat get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DatasetFormat result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Format</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DatasetFormat getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DatasetFormat result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Format</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DatasetFormat get(int value) {
		switch (value) {
			case MEDICAL_O1_VALUE: return MEDICAL_O1;
			case TEXT_VALUE: return TEXT;
			case ALPACA_VALUE: return ALPACA;
			case SHAREGPT_VALUE: return SHAREGPT;
			case OPENAI_MESSAGES_VALUE: return OPENAI_MESSAGES;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private DatasetFormat(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //DatasetFormat
